use std::cmp::Ordering;

fn describe<T: Ord>(a: &T, b: &T) -> &'static str {
    match a.cmp(b) {
        Ordering::Less => "less",
        Ordering::Equal => "equal",
        Ordering::Greater => "greater",
    }
}

fn close<T: PartialOrd>(a: T, b: T) -> bool {
    a.partial_cmp(&b) == Some(Ordering::Equal)
}

fn same<T: PartialEq>(a: &T, b: &T) -> bool {
    a.eq(b)
}

fn biggest<T: Ord>(a: T, b: T) -> T {
    a.max(b)
}

fn main() {
    println!("{} {}", describe(&1, &2), describe(&"b", &"a"));
    println!("{} {}", close(1.5, 1.5), close(2.0, f64::NAN));
    println!("{} {}", same(&'x', &'x'), same(&"a", &"b"));
    println!("{}", biggest(4, 9));
}

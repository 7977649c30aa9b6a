// A generic count through `T: PartialEq`: a learner's `eq` and built-in types alike.
struct Loose(i32);

impl PartialEq for Loose {
    fn eq(&self, other: &Loose) -> bool {
        (self.0 - other.0).abs() <= 1
    }
}

fn count_equal<T: PartialEq>(items: &[T], target: &T) -> usize {
    let mut n = 0;
    for item in items {
        if item == target {
            n += 1;
        }
    }
    n
}

fn main() {
    let xs = [Loose(1), Loose(5), Loose(2), Loose(3)];
    println!("{}", count_equal(&xs, &Loose(2)));
    println!("{}", count_equal(&[1, 2, 2, 3], &2));
    println!("{}", count_equal(&["a", "b", "a"], &"a"));
}

// Two structs cannot hold `&mut` borrows of the same value at once.
struct Counter<'a> {
    count: &'a mut i32,
}

fn main() {
    let mut n = 0;
    let a = Counter { count: &mut n };
    let b = Counter { count: &mut n };
    *a.count += 1;
    *b.count += 1;
    println!("{n}");
}

// Boxes pass into and out of functions by value.
fn make(n: i32) -> Box<i32> {
    Box::new(n * 2)
}

fn consume(b: Box<i32>) -> i32 {
    *b + 1
}

fn bump(b: &mut Box<i32>) {
    **b += 100;
}

fn main() {
    let mut b = make(21);
    bump(&mut b);
    println!("{}", b);
    println!("{}", consume(b));
}

// The learner's derived orderings passed to bounded generics.
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level {
    Low,
    Mid,
    High,
}

#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn max_of<T: Ord + Copy>(a: T, b: T) -> T {
    if a >= b { a } else { b }
}

fn first_smaller<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if b < a { b } else { a }
}

fn main() {
    println!("{:?}", max_of(Level::Mid, Level::Low));
    println!("{:?}", max_of(Level::Mid, Level::High));
    println!("{:?}", first_smaller(Point { x: 1, y: 5 }, Point { x: 1, y: 2 }));
}

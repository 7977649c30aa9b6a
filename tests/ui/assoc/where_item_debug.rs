// Bounds on an associated type: `where I::Item: Debug` (and `Display`).
use std::fmt::Debug;
use std::fmt::Display;

fn show_all<I>(it: I)
where
    I: Iterator,
    I::Item: Debug,
{
    for x in it {
        println!("{:?}", x);
    }
}

fn join<I: Iterator>(it: I) -> String
where
    I::Item: Display,
{
    let mut out = String::new();
    for x in it {
        out.push_str(&format!("[{}]", x));
    }
    out
}

fn main() {
    show_all(1..3);
    show_all(vec![Some('a'), None].into_iter());
    show_all("hi".chars().enumerate());
    println!("{}", join(vec![1.5, 2.0].into_iter()));
    println!("{}", join(["x", "y"].iter()));
}

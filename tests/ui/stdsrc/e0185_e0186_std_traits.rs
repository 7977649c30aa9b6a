// `self` in only one of a std trait's method and the impl's: rustc writes the
// trait's signature in a note, as it cannot point into std's source.
use std::fmt;

struct Level;

impl Default for Level {
    fn default(&self) -> Level {
        Level
    }
}

impl fmt::Display for Level {
    fn fmt(out: &mut fmt::Formatter) -> fmt::Result {
        write!(out, "level")
    }
}

struct Point {
    x: i32,
}

impl PartialEq for Point {
    fn eq(a: &Point, b: &Point) -> bool {
        a.x == b.x
    }
}

struct Countdown(u8);

impl Iterator for Countdown {
    type Item = u8;
    fn next() -> Option<u8> {
        None
    }
}

fn main() {
    let p = Point { x: 1 };
    println!("{}", p.x);
    let c = Countdown(3);
    println!("{}", c.0);
}

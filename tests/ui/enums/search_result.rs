//@ mode: run
// Returning variants, guards on variant fields, explicit discriminants.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low = 1,
    Mid = 5,
    High = 10,
}

#[derive(Debug)]
enum Answer {
    Found(u32),
    Missing,
}

fn find(target: u32, limit: u32) -> Answer {
    let mut i = 0;
    while i < limit {
        if i * i == target {
            return Answer::Found(i);
        }
        i += 1;
    }
    Answer::Missing
}

fn describe(a: Answer) -> u32 {
    match a {
        Answer::Found(root) if root > 5 => root * 100,
        Answer::Found(root) => root,
        Answer::Missing => 0,
    }
}

fn main() {
    let levels = (Level::Low, Level::Mid, Level::High);
    println!("{:?} {} {}", levels, levels.1 as i32, Level::High as u8 + 1);
    println!("{}", levels.0 == Level::Low);
    let a = find(49, 100);
    println!("{:?} {:?}", a, find(50, 10));
    println!("{}", describe(a));
    let b = find(4, 10);
    let c = b;
    println!("{:?}", c);
}

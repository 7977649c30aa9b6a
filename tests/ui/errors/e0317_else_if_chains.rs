//@ mode: check
fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    }
}

fn pick(n: i32) -> u8 {
    if n > 2 { 1 } else if n > 1 { 2 }
}

fn main() {
    let x = if true { 5 };
    let y: i32 = if false { 1 } else if true { 2 };
    println!("{} {} {x} {y}", classify(3), pick(1));
}

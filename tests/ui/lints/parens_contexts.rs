//@ mode: run
// Every place rustc looks for unnecessary parentheses, and some it leaves alone.
struct P { x: i32 }

fn add(a: i32, b: i32) -> i32 {
    return (a + b);
}

fn twice(a: i32) -> i32 {
    (a * 2)
}

fn main() {
    let mut x = (5 + 3);
    x = (x + 1);
    x += (1);
    let t = add((x), 2);
    match (t) {
        t => println!("{t}"),
    }
    for i in (0..2) {
        println!("{i}");
    }
    while (x > 100) {}
    if(x > 4){
        println!("big");
    }
    if (P { x: 1 }.x == x) {}
    let b = ((x > 3));
    let k = { (x) };
    let n = loop { break (x); };
    let m = if (b) { 1 } else { 2 };
    let y = (x) as i64 + (-(x as i64));
    println!("{k} {n} {m} {y} {}", (twice(3)));
}

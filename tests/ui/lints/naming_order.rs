//@ mode: check
// Early lints (type names, parentheses, `while true`) come first, then liveness per
// body, dead code, and last the late lints (snake case, comparisons) in source order.
struct my_point(i32);
struct Good_Name { a: i32 }
struct HTTPThing;
fn Count_Up(fooBar: u32) {
    let myVar = fooBar >= 0;
    while (true) {}
    let (aA, bB) = (1, 2);
    match fooBar { zZ => {} }
    for iI in 0..3 {}
    let _unusedX = 1;
    let x_Y = 0u8 < 0;
}

fn main() {
    let p = my_point(1);
    let g = Good_Name { a: 1 };
    Count_Up(1);
}

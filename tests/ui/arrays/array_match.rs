// Matching arrays: literals, ranges, bindings and `..` in array patterns.
fn describe(pair: [i32; 2]) -> &'static str {
    match pair {
        [0, 0] => "origin",
        [0, _] | [_, 0] => "on an axis",
        [x, y] if x == y => "diagonal",
        [1..=9, _] => "small x",
        _ => "elsewhere",
    }
}

fn ends(v: [u8; 4]) -> u8 {
    match v {
        [first, .., 0] => first,
        [_, rest @ ..] => rest[0] + rest[2],
    }
}

fn main() {
    for p in [[0, 0], [0, 5], [3, 3], [4, 7], [20, 1]] {
        println!("{:?}: {}", p, describe(p));
    }
    println!("{} {}", ends([7, 1, 2, 0]), ends([7, 1, 2, 3]));
    let flags = [true, false];
    let text = match flags {
        [true, true] => "both",
        [true, false] | [false, true] => "one",
        [false, false] => "none",
    };
    println!("{}", text);
}

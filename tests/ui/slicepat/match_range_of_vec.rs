fn main() {
    let v: Vec<i64> = (1..=6).collect();
    match &v[..] {
        [a, b, .., y, z] => println!("{a} {b} ... {y} {z}"),
        _ => println!("short"),
    }
    match &v[2..4] {
        [x, y] => println!("middle {x} {y}"),
        other => println!("other {:?}", other),
    }
    match &v[5..] {
        [.., x, y] => println!("two at the end: {x} {y}"),
        [only] => println!("only {only}"),
        [] => println!("none"),
    }
}

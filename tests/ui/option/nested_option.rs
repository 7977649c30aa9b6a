fn main() {
    let a: Option<Option<i32>> = Some(Some(1));
    let b: Option<Option<i32>> = Some(None);
    let c: Option<Option<i32>> = None;
    for v in [a, b, c] {
        match v {
            Some(Some(n)) => println!("value {n}"),
            Some(None) => println!("inner none"),
            None => println!("outer none"),
        }
    }
    let pair = (Some(1), None::<i32>);
    match pair {
        (Some(x), Some(y)) => println!("{x} {y}"),
        (Some(x), None) | (None, Some(x)) => println!("one: {x}"),
        (None, None) => println!("none"),
    }
}

// `ref` and `ref mut` bindings and `&` patterns.
fn first(pair: &(i32, i32)) -> i32 {
    let &(a, _) = pair;
    a
}

fn main() {
    let mut point = (3, 4);
    let (ref x, ref mut y) = point;
    *y += *x;
    println!("{} {}", x, y);
    let ref whole = point;
    println!("{:?}", whole);
    let nums = (10, 20);
    println!("{}", first(&nums));
    let r = &7;
    match r {
        &7 => println!("seven"),
        &n => println!("{n}"),
    }
    let ref mut count = point.0;
    *count *= 10;
    println!("{}", point.0);
    point.1 = 0;
    println!("{:?}", point);
}

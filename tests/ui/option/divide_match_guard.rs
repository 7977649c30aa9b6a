fn div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn main() {
    let pairs = [(10, 2), (5, 0), (9, 3)];
    for (a, b) in pairs {
        let shown = match div(a, b) {
            Some(q) if q > 4 => format_big(q),
            Some(q) => q * 100,
            None => -1,
        };
        println!("{a}/{b} -> {shown}");
    }
    let mut opt = div(8, 2);
    if let Some(ref mut v) = opt {
        *v += 1;
    }
    println!("{:?}", opt);
    let x = opt.unwrap_or(0) + div(1, 1).unwrap();
    println!("{x}");
    assert_eq!(div(4, 2), Some(2));
    assert!(div(1, 0).is_none());
}

fn format_big(q: i32) -> i32 { q * 1000 }

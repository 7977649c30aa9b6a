fn halve(n: u32) -> Option<u32> {
    if n % 2 == 0 { Some(n / 2) } else { None }
}

fn main() {
    let mut n = 96;
    while let Some(h) = halve(n) {
        println!("{n} -> {h}");
        n = h;
    }
    if let Some(h) = halve(7) {
        println!("7 halves to {h}");
    } else {
        println!("7 is odd");
    }
    let Some(q) = halve(10) else {
        panic!("10 is even");
    };
    println!("q = {q}");
}

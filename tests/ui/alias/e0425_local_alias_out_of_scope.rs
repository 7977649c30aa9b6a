fn area() -> i32 {
    type Pt = (i32, i32);
    let p: Pt = (2, 3);
    p.0 * p.1
}

fn main() {
    let q: Pt = (1, 1);
    println!("{} {}", area(), q.0);
}

fn compute(x: i32) -> String {
    let a = x + 1;
    let b = a * 2;
    let c = b - 3;
    let d = c / 4;
    let e = d % 5;
    e
}

fn main() {
    println!("{}", compute(1));
}

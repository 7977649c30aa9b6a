fn main() {
    let a: i32 = 7;
    let b: i32 = -3;
    println!("{} {}", a.min(b), a.max(b));
    println!("{}", 42u8.clamp(0, 10));
    println!("{}", (-5i16).clamp(-2, 2));
    let x = 5;
    println!("{}", x.max(9));
}

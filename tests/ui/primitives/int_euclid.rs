fn main() {
    let a: i32 = -7;
    println!("{} {}", a % 3, a.rem_euclid(3));
    println!("{} {}", a / 3, a.div_euclid(3));
    println!("{}", 7i32.rem_euclid(-3));
    println!("{}", (-7i64).div_euclid(-3));
}

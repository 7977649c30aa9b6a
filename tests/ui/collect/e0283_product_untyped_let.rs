fn main() {
    let sides = vec![2, 3, 4];
    let volume = sides.iter().product();
    println!("{}", volume);
}

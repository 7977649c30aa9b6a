fn main() {
    let offset: i32 = -3;
    let index: usize = -offset;
    let small: u16 = 7;
    println!("{} {}", index, small < -offset);
}

type Byte = u8;
type Big = i64;

fn main() {
    let x = 300i32;
    let b = x as Byte;
    let c = b as Big * 1000;
    println!("{} {}", b, c);
}

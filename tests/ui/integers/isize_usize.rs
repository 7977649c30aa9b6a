// isize and usize are pointer-sized: 64 bits on the machines Ferrite targets.
fn main() {
    let index: usize = 3;
    let offset: isize = -2;
    let largest_index: usize = 18446744073709551615;
    let smallest_offset: isize = -9223372036854775808;
    println!("index {} offset {}", index, offset);
    println!("{} {}", largest_index, smallest_offset);
    println!("{}", index * 1000 + 7usize);
    println!("{:?}", offset - 5isize);
}

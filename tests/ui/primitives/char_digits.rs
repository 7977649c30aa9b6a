fn main() {
    println!("{:?} {:?} {:?}", '7'.to_digit(10), 'b'.to_digit(16), 'x'.to_digit(16));
    println!("{:?} {:?}", char::from_digit(4, 10), char::from_digit(11, 16));
    println!("{:?}", char::from_digit(10, 10));
    println!("{:?} {:?}", char::from_u32(0x263A), char::from_u32(0xD800));
    let mut sum = 0;
    for c in ['4', '2', 'x', '9'] {
        if let Some(d) = c.to_digit(10) {
            sum += d;
        }
    }
    println!("{}", sum);
}

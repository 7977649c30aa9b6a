// {:?} shows strs and chars quoted and escaped; numbers and bools as with {}.
fn main() {
    println!("{:?}", "plain");
    println!("{:?}", "a\"b");
    println!("{:?}", "two\nlines");
    println!("{:?}", "back\\slash");
    println!("{:?} {:?} {:?}", 'x', '\n', '"');
    println!("{:?} {:?}", '\'', '\t');
    println!("{:?} {:?}", true, false);
    println!("{:?} {:?} {:?}", -17, 0u8, 340282366920938463463374607431768211455u128);
    println!("{:?} {:?}", "it's", "");
}

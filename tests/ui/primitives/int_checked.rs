fn main() {
    let x: u8 = 250;
    println!("{:?} {:?}", x.checked_add(5), x.checked_add(6));
    println!("{:?} {:?}", 3u32.checked_sub(4), 9u32.checked_sub(4));
    println!("{:?}", i32::MAX.checked_mul(2));
    println!("{:?} {:?}", 10i32.checked_div(0), i32::MIN.checked_div(-1));
    println!("{:?} {:?}", 10i32.checked_rem(3), 10i32.checked_rem(0));
    match 100i8.checked_add(100) {
        Some(v) => println!("sum {}", v),
        None => println!("overflow"),
    }
}

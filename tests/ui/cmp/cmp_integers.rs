fn main() {
    let a = 3;
    println!("{:?}", a.cmp(&4));
    println!("{:?}", 5u8.cmp(&5));
    println!("{:?}", (-2i64).cmp(&-9));
    println!("{:?}", 7usize.partial_cmp(&1));
    let x = 10;
    let y = 20;
    println!("{:?}", x.cmp(&y).reverse());
}

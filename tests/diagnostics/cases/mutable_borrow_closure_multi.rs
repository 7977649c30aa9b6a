fn main() {
    let mut data = vec![1, 2, 3];
    let first = &data[0];
    data.push(4);
    data.push(5);
    println!("{first}");
}

fn main() {
    let id = Some(12);
    let row: Option<(i32, bool)> = id.zip(Some('y'));
    println!("{:?}", row);
}

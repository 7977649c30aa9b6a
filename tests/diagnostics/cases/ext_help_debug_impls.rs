// `{:?}` of an array needs Debug for its elements.
struct Pixel {
    v: u8,
}

fn main() {
    let row = [Pixel { v: 1 }, Pixel { v: 2 }];
    println!("{}", row[0].v);
    println!("{:?}", row);
}

type Grid = Vec<Vec<u8>>;
type Row = Vec<u8>;

fn main() {
    let r: Row = vec![1, 2];
    println!("{:?}", r);
}

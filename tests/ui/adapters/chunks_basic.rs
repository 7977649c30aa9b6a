// `chunks` splits a slice into pieces; the last one may be shorter.
fn main() {
    let data = vec![1, 2, 3, 4, 5, 6, 7];
    for c in data.chunks(3) {
        println!("{:?} (len {})", c, c.len());
    }
    let sums: Vec<i32> = data.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{:?}", sums);
}

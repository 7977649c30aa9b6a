// `len()` on arrays, with index loops bounded by it.
fn largest(xs: [i64; 5]) -> i64 {
    let mut best = xs[0];
    let mut i = 1;
    while i < xs.len() {
        if xs[i] > best {
            best = xs[i];
        }
        i += 1;
    }
    best
}

fn main() {
    let data = [3, -7, 12, 0, 9];
    println!("{}", largest(data));
    let empty: [u8; 0] = [];
    println!("{} {}", data.len(), empty.len());
    for i in 0..data.len() {
        print!("{}{}", data[data.len() - 1 - i], if i + 1 < data.len() { "," } else { "\n" });
    }
}

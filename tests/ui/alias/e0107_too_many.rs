//@ mode: check
type Pair<T> = (T, T);

fn main() {
    let p: Pair<i32, u8> = (1, 2);
    println!("{:?}", p);
}

//@ mode: check
type Pair<T> = (T, T);

fn both(x: i32) -> Pair<i32> {
    (x, "no")
}

fn main() {
    println!("{:?}", both(1));
}

//@ mode: check
type Maybe<T> = Option<T>;

fn main() {
    let m: Maybe<u8> = 4;
    println!("{:?}", m);
}

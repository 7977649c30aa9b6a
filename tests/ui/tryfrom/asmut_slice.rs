fn zero_first<T: AsMut<[u8]>>(mut buf: T) -> T {
    buf.as_mut()[0] = 0;
    buf
}

fn main() {
    let v = zero_first(vec![5u8, 6, 7]);
    println!("{:?}", v);
}

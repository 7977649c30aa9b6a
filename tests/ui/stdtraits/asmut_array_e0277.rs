fn zero_first<T: AsMut<[u8]>>(mut t: T) -> T {
    t.as_mut()[0] = 0;
    t
}

fn main() {
    let a = zero_first([7u16, 8]);
    println!("{:?}", a);
}

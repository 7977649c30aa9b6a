fn clear<T: AsMut<[u8]>>(mut t: T) {
    for b in t.as_mut() {
        *b = 0;
    }
}

fn main() {
    clear(5u32);
}

fn main() {
    let mut slot = Some(10);
    let old = slot.take();
    println!("{:?} {:?}", slot, old);
    let prev = slot.replace(20);
    println!("{:?} {:?}", slot, prev);
    let prev = slot.replace(30);
    println!("{:?} {:?}", slot, prev);
    let mut empty: Option<u8> = None;
    *empty.get_or_insert(5) += 1;
    println!("{:?}", empty);
    *empty.insert(1) *= 7;
    println!("{:?}", empty);
}

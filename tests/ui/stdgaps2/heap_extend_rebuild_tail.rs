use std::collections::BinaryHeap;
fn main() {
    let mut h = BinaryHeap::from(vec![1, 5]);
    h.extend(vec![3, 9, 2, 8, 7]);
    println!("{:?}", h);
    let mut big: BinaryHeap<i32> = (0..20).map(|x| (x * 7) % 13).collect();
    println!("{:?}", big);
    big.extend([4, 30]);
    println!("{:?}", big);
    big.extend(&[1, 50, 6]);
    println!("{:?}", big);
    let mut one = BinaryHeap::new();
    one.push(10);
    one.extend(Vec::<i32>::new());
    one.extend(vec![20]);
    println!("{:?} {:?}", one, one.iter().max());
}

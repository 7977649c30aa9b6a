fn half(n: i32) -> Option<i32> {
    (n % 2 == 0).then(|| n / 2)
}

fn main() {
    println!("{:?} {:?}", true.then_some(1), false.then_some(1));
    println!("{:?} {:?}", half(10), half(7));
}

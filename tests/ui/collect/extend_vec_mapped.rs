fn main() {
    let mut queue = vec![1, 2];
    let later = [10, 20, 30];
    queue.extend(later.iter().map(|x| *x));
    queue.extend(4..6);
    println!("{:?}", queue);
}

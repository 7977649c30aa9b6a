fn main() {
    let mut v = vec![1, 2, 3];
    v[0] = 10;
    v[1] += 5;
    v[2] *= v[1];
    let i = 2;
    println!("{} {} {}", v[0], v[1], v[i]);
    println!("{:?}", v);
}

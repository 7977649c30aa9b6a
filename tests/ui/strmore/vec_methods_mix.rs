fn main() {
    let mut u = vec![30, 12, 41, 7, 25];
    u.sort_unstable_by_key(|x| x % 10);
    println!("{:?}", u);
    let mut d = vec![1, 11, 21, 2, 32, 3];
    d.dedup_by_key(|x| *x % 10);
    println!("{:?}", d);
    u.retain(|x| x % 2 == 1);
    println!("{:?}", u);
    let data = [1, 2, 3, 4, 5, 6, 7];
    for ch in data.chunks_exact(3) {
        println!("{:?}", ch);
    }
    let parts = vec![String::from("ab"), String::from("cd")];
    println!("{} {}", parts.concat(), parts.join("+"));
    let rows = vec![vec![1, 2], vec![], vec![3]];
    println!("{:?}", rows.concat());
    let once: Vec<i32> = std::iter::once(0).chain(data.iter().copied()).collect();
    println!("{:?}", once);
}

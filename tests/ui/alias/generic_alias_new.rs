type Pairs<T> = Vec<(T, T)>;

fn main() {
    let mut p = Pairs::new();
    p.push((1u8, 2u8));
    p.push((3, 4));
    let total: u32 = p.iter().map(|&(a, b)| a as u32 + b as u32).sum();
    println!("{} pairs, total {}", p.len(), total);
}

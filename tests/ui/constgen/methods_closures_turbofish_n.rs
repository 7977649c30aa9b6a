struct Stats;

impl Stats {
    fn mean<const N: usize>(xs: [f64; N]) -> f64 {
        xs.iter().sum::<f64>() / N as f64
    }
}

fn sum_all<const N: usize>(xs: [i32; N]) -> i32 {
    let add = |acc: i32, x: &i32| acc + x;
    xs.iter().fold(0, add) + helper::<N>()
}

fn helper<const M: usize>() -> i32 {
    M as i32
}

fn pairs<const N: usize>(xs: [i32; N]) -> Vec<(usize, i32)> {
    let limit = N;
    xs.iter().enumerate().filter(|(i, _)| *i < limit).map(|(i, &x)| (i, x)).collect()
}

fn main() {
    println!("{}", Stats::mean([1.0, 2.0, 4.5]));
    println!("{}", sum_all([1, 2, 3]));
    println!("{:?}", pairs([5, 6]));
    let nested = [[1, 2], [3, 4], [5, 6]];
    println!("{}", sum_all(nested[1]));
}

fn apply_all(fs: &[Box<dyn Fn(i32) -> i32>], x: i32) -> Vec<i32> {
    fs.iter().map(|f| f(x)).collect()
}

fn compose<F, G>(f: F, g: G) -> impl Fn(i32) -> i32
where
    F: Fn(i32) -> i32,
    G: Fn(i32) -> i32,
{
    move |x| g(f(x))
}

fn counter() -> impl FnMut() -> u32 {
    let mut c = 0;
    move || {
        c += 1;
        c
    }
}

fn main() {
    let k = 3;
    let fs: Vec<Box<dyn Fn(i32) -> i32>> = vec![Box::new(|x| x + 1), Box::new(move |x| x * k), Box::new(|x: i32| x.pow(2))];
    println!("{:?}", apply_all(&fs, 4));
    let h = compose(|x| x + 1, |x| x * 10);
    println!("{}", h(2));
    let mut next = counter();
    next();
    next();
    println!("{}", next());
    let mut v = vec![5, 1, 4];
    let mut swaps = 0;
    v.sort_by(|a, b| {
        swaps += 1;
        a.cmp(b)
    });
    println!("{:?} {}", v, swaps > 0);
    let adders: Vec<_> = (1..=3).map(|n| move |x: i32| x + n).collect();
    println!("{:?}", adders.iter().map(|f| f(10)).collect::<Vec<_>>());
}

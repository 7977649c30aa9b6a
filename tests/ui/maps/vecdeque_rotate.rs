use std::collections::VecDeque;

fn survivor(n: u32, k: usize) -> u32 {
    let mut circle: VecDeque<u32> = VecDeque::new();
    for i in 1..=n {
        circle.push_back(i);
    }
    while circle.len() > 1 {
        for _ in 0..k - 1 {
            let front = circle.pop_front().unwrap();
            circle.push_back(front);
        }
        circle.pop_front();
    }
    circle[0]
}

fn main() {
    println!("{} {}", survivor(7, 3), survivor(5, 2));
    let mut window = VecDeque::with_capacity(3);
    let mut sums = Vec::new();
    for x in [1, 2, 3, 4, 5] {
        window.push_back(x);
        if window.len() > 3 {
            window.pop_front();
        }
        let mut s = 0;
        for v in window.iter() {
            s += v;
        }
        sums.push(s);
    }
    println!("{:?} {:?}", sums, window);
    if let Some(b) = window.back_mut() {
        *b = 50;
    }
    println!("{:?}", window);
}

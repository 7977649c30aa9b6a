//@ edition: 2021
use std::rc::Rc;
use std::cell::RefCell;
use std::collections::{HashSet, BTreeMap, VecDeque};

#[derive(Debug)]
struct Account { id: u32, balance: i64, history: Vec<i64> }

impl Account {
    fn apply(&mut self, amount: i64) -> Result<i64, String> {
        if self.balance + amount < 0 {
            return Err(format!("account {} would go negative", self.id));
        }
        self.balance += amount;
        self.history.push(amount);
        Ok(self.balance)
    }
}

trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Sq(f64);
struct Circ(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> String { "square".into() } }
impl Shape for Circ { fn area(&self) -> f64 { 3.14159 * self.0 * self.0 } }

fn largest<'a>(shapes: &'a [Box<dyn Shape>]) -> Option<&'a dyn Shape> {
    shapes.iter().map(|b| b.as_ref()).max_by(|a, b| a.area().partial_cmp(&b.area()).unwrap())
}

fn main() {
    let acct = Rc::new(RefCell::new(Account { id: 7, balance: 10, history: vec![] }));
    let other = Rc::clone(&acct);
    for amt in [5, -20, -15, 3] {
        match other.borrow_mut().apply(amt) {
            Ok(b) => println!("ok -> {}", b),
            Err(e) => println!("err: {}", e),
        }
    }
    println!("{:?} rc={}", acct.borrow(), Rc::strong_count(&acct));
    let shapes: Vec<Box<dyn Shape>> = vec![Box::new(Sq(2.0)), Box::new(Circ(1.5)), Box::new(Sq(1.0))];
    if let Some(s) = largest(&shapes) { println!("{} {:.2}", s.name(), s.area()); }
    let seen: HashSet<char> = "hello world".chars().filter(|c| c.is_alphabetic()).collect();
    let mut v: Vec<_> = seen.into_iter().collect();
    v.sort_unstable();
    println!("{}", v.iter().collect::<String>());
    let mut freq: BTreeMap<&str, usize> = BTreeMap::new();
    for w in "a b a c b a".split(' ') { *freq.entry(w).or_insert(0) += 1; }
    let top = freq.iter().max_by_key(|(_, &n)| n).map(|(w, n)| format!("{}={}", w, n));
    println!("{:?} {:?}", freq, top);
    let mut q: VecDeque<(u32, u32)> = VecDeque::new();
    q.push_back((0, 0));
    let mut steps = 0;
    while let Some((x, d)) = q.pop_front() {
        if x == 5 { steps = d; break; }
        q.push_back((x + 1, d + 1));
        if x * 2 <= 5 && x > 0 { q.push_back((x * 2, d + 1)); }
    }
    println!("steps {}", steps);
    let nums = [1i64, -2, 3, -4];
    let (pos, neg): (Vec<i64>, Vec<i64>) = nums.iter().partition(|&&n| n > 0);
    println!("{:?} {:?} {}", pos, neg, nums.iter().map(|n| n.abs()).product::<i64>());
}

use std::rc::Rc;
use std::cell::RefCell;
#[derive(Debug)]
struct ListNode { val: i32, next: Option<Rc<RefCell<ListNode>>> }
fn push_back(head: &Rc<RefCell<ListNode>>, val: i32) {
    let mut cur = Rc::clone(head);
    loop {
        let next = cur.borrow().next.clone();
        match next {
            Some(n) => cur = n,
            None => break,
        }
    }
    cur.borrow_mut().next = Some(Rc::new(RefCell::new(ListNode { val, next: None })));
}
fn to_vec(head: &Rc<RefCell<ListNode>>) -> Vec<i32> {
    let mut out = vec![];
    let mut cur = Some(Rc::clone(head));
    while let Some(n) = cur {
        out.push(n.borrow().val);
        cur = n.borrow().next.clone();
    }
    out
}
fn main() {
    let head = Rc::new(RefCell::new(ListNode { val: 1, next: None }));
    for v in 2..=5 { push_back(&head, v * 10); }
    println!("{:?}", to_vec(&head));
    let second = head.borrow().next.clone().unwrap();
    second.borrow_mut().val = -20;
    println!("{:?}", to_vec(&head));
    println!("strong {}", Rc::strong_count(&second));
    let total: i32 = to_vec(&head).iter().sum();
    println!("total {}", total);
}
